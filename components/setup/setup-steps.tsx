import Link from "next/link";
import { NegotiationStatus } from "@/components/negotiation-status";
import { areaKind, areaKindLabel } from "@/lib/areas/area-kinds";
import { MIN_PARTIES, type SetupProgress } from "@/lib/negotiations/get-setup-progress";
import { RETURN_TO_SETUP } from "@/lib/negotiations/setup-return";
import { issueKind } from "@/lib/vocab";
import { issueKindLabel } from "@/lib/vocab/labels";
import { SeatPartyForm, type SeatAction } from "./seat-party-form";
import { SetupStep, StepList } from "./setup-step";

const TOTAL = 5;
const then = `then=${RETURN_TO_SETUP}`;
const kindOfIssue = (kind: string) => issueKindLabel[issueKind.catch("general").parse(kind)];
const kindOfArea = (kind: string) => areaKindLabel[areaKind.catch("other").parse(kind)];

/** A negotiation's guided set-up: negotiation → parties → issues → areas → first positions. */
export function SetupSteps({ progress, seatAction, selectedParty }: { progress: SetupProgress; seatAction: SeatAction; selectedParty?: string }) {
  const { negotiation, parties, otherParties, issues, areas, positionCount } = progress;
  const base = `/negotiations/${encodeURIComponent(negotiation.slug)}`;
  const q = encodeURIComponent(negotiation.slug);
  const needsAreas = issues.some((i) => i.kind === "territory");
  const missingPositions = issues.flatMap((issue) => issue.partiesWithout.map((party) => ({ issue, party })));
  return (
    <ol className="flex flex-col gap-6">
      <SetupStep id="step-negotiation" number={1} total={TOTAL} title="The negotiation" state="done" next={{ href: "#step-parties", label: "Step 2: the parties" }}>
        <p>
          <strong>{negotiation.title}</strong> <NegotiationStatus status={negotiation.status} />
        </p>
        <p className="max-w-prose text-muted">{negotiation.summary}</p>
        <p className="no-print">
          <Link href={`${base}/edit`}>Edit its title, summary or status</Link>
        </p>
      </SetupStep>

      <SetupStep
        id="step-parties"
        number={2}
        total={TOTAL}
        title="The parties"
        state={parties.length >= MIN_PARTIES ? "done" : "missing"}
        missing={`Seat at least ${MIN_PARTIES} parties: ${parties.length === 0 ? "none is" : `only ${parties.length} is`} seated.`}
        next={{ href: "#step-issues", label: "Step 3: the issues" }}
      >
        <StepList
          label="Seated parties"
          empty="No party is seated yet."
          items={parties.map((p) => ({
            key: p.id,
            content: (
              <>
                <Link href={`/parties/${encodeURIComponent(p.slug)}`}>{p.name}</Link>
                {p.role && <span className="text-muted"> ({p.role})</span>}
              </>
            ),
          }))}
        />
        <p className="max-w-prose text-sm text-muted">
          A party already recorded for another negotiation is the same record here: seat it rather than create it again.
        </p>
        <SeatPartyForm
          action={seatAction}
          negotiationId={negotiation.id}
          selected={otherParties.find((p) => p.slug === selectedParty)?.id}
          parties={otherParties.map((p) => ({ id: p.id, label: p.name === p.shortName ? p.name : `${p.shortName} (${p.name})` }))}
        />
        <p className="no-print">
          <Link href={`/parties/new?seatIn=${q}`}>Create a new party</Link> (you come back here to seat it) ·{" "}
          <Link href={`${base}/edit`}>Reorder or unseat parties</Link>
        </p>
      </SetupStep>

      <SetupStep
        id="step-issues"
        number={3}
        total={TOTAL}
        title="The issues"
        state={issues.length > 0 ? "done" : "missing"}
        missing="Add the issues at stake. An issue's kind (ceasefire, territory…) fixes the terms its positions can carry and how they are compared."
        next={{ href: "#step-areas", label: "Step 4: the areas" }}
      >
        <KindedRecords
          label="Issues"
          empty="No issue yet."
          records={issues.map((i) => ({ key: i.id, href: `${base}/issues/${encodeURIComponent(i.slug)}`, name: i.name, kind: kindOfIssue(i.kind) }))}
          add={{ href: `${base}/issues/new?${then}`, label: "Add an issue" }}
        />
      </SetupStep>

      <SetupStep
        id="step-areas"
        number={4}
        total={TOTAL}
        title="The areas"
        state={areas.length > 0 ? "done" : needsAreas ? "missing" : "optional"}
        missing={
          needsAreas
            ? "A territory issue needs the places at stake: territorial claims name them."
            : "Only needed for territory issues: the places their claims name."
        }
        next={{ href: "#step-positions", label: "Step 5: the first positions" }}
      >
        <KindedRecords
          label="Areas"
          empty="No area yet."
          records={areas.map((a) => ({ key: a.slug, href: `${base}/areas#area-${encodeURIComponent(a.slug)}`, name: a.name, kind: kindOfArea(a.kind) }))}
          add={{ href: `${base}/areas/new?${then}`, label: "Add an area" }}
        />
      </SetupStep>

      <SetupStep
        id="step-positions"
        number={5}
        total={TOTAL}
        title="The first positions"
        state={positionCount > 0 ? "done" : "missing"}
        missing={issues.length && parties.length ? "Record what each party says on each issue, with its sources." : "Seat parties and add issues first."}
        next={positionCount > 0 ? { href: base, label: "see the negotiation's matrix" } : undefined}
      >
        <p>{positionCount === 1 ? "1 position is recorded." : `${positionCount} positions are recorded.`}</p>
        {missingPositions.length > 0 && (
          <StepList
            label="Positions still to record"
            empty=""
            items={missingPositions.map(({ issue, party }) => ({
              key: `${issue.id}-${party.id}`,
              content: (
                <Link href={`/positions/new?negotiation=${q}&party=${encodeURIComponent(party.slug)}&issue=${encodeURIComponent(issue.slug)}`}>
                  Record {party.shortName}&rsquo;s position on {issue.name}
                </Link>
              ),
            }))}
          />
        )}
        {positionCount > 0 && (
          <p className="no-print">
            <Link href={`${base}/compare`}>Compare the parties</Link>
          </p>
        )}
      </SetupStep>
    </ol>
  );
}

/** A step's records, each linked and followed by its kind, and the link that adds one more. */
function KindedRecords({ label, empty, records, add }: { label: string; empty: string; records: { key: string; href: string; name: string; kind: string }[]; add: { href: string; label: string } }) {
  return (
    <>
      <StepList
        label={label}
        empty={empty}
        items={records.map((r) => ({
          key: r.key,
          content: (
            <>
              <Link href={r.href}>{r.name}</Link> <span className="text-muted">({r.kind})</span>
            </>
          ),
        }))}
      />
      <p className="no-print">
        <Link href={add.href}>{add.label}</Link>
      </p>
    </>
  );
}
