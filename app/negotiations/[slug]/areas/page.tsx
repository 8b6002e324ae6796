import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AreaTable } from "@/components/areas/area-table";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { EditLinks } from "@/components/editing/edit-links";
import { getAreasPage } from "@/lib/areas/get-areas-page";
import { canEdit } from "@/lib/forms/require-editor";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getAreasPage({ negotiationSlug: (await params).slug });
  if (!page) return { title: "Negotiation not found" };
  return { title: `Areas · ${page.negotiation.title}`, description: `The places at stake in ${page.negotiation.title}, and who holds each now.` };
}

export default async function AreasPage({ params }: Props) {
  const { slug } = await params;
  const [page, editor] = await Promise.all([getAreasPage({ negotiationSlug: slug }), canEdit()]);
  if (!page) notFound();
  const { negotiation, areas, territoryIssues } = page;
  const base = `/negotiations/${encodeURIComponent(negotiation.slug)}`;

  return (
    <>
      <Breadcrumbs trail={[{ href: "/", label: "Negotiations" }, { href: base, label: negotiation.title }]} current="Areas" />
      <p className="text-sm text-muted">{negotiation.title}</p>
      <h1>Areas at stake</h1>
      <p className="mt-2 max-w-prose">
        The places territorial claims in this negotiation name, and who holds each now as the records say. A claim on an area
        also stands for the areas that lie in it unless the statement names them; a claim on &ldquo;every other area&rdquo;
        stands for each area the statement does not name.
      </p>
      <EditLinks links={[{ href: `${base}/areas/new`, label: "Add an area" }]} />
      {territoryIssues.length > 0 && (
        <p className="no-print mt-3 flex flex-wrap gap-x-5 gap-y-1">
          {territoryIssues.map((issue) => (
            <Link key={issue.slug} href={`${base}/issues/${encodeURIComponent(issue.slug)}`}>
              What each party claims: {issue.name}
            </Link>
          ))}
        </p>
      )}
      <div className="mt-6">
        {areas.length === 0 ? (
          <p>No areas are recorded for this negotiation yet.</p>
        ) : (
          <AreaTable
            caption={`${areas.length} ${areas.length === 1 ? "area" : "areas"} in ${negotiation.title}`}
            areas={areas}
            mentions={page.mentions}
            editHref={editor ? (area) => `${base}/areas/${encodeURIComponent(area.slug)}/edit` : undefined}
          />
        )}
      </div>
    </>
  );
}
