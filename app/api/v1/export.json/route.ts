// The whole dataset as one JSON file (lib/export/export-format.ts), re-importable with
// `npm run import`. Retracted records are included, marked by retractedAt.
import { exportDataset } from "@/lib/export/export-dataset";
import { attachment } from "@/lib/export/attachment";
import { methods } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: async () => {
    const file = await exportDataset();
    return new Response(JSON.stringify(file), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        ...attachment("json", new Date(file.generatedAt)),
      },
    });
  },
});
