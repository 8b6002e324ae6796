// A static page about as large as the Parley page it is compared with: BASELINE_BYTES (set by
// bench/run.ts to the matrix page's size) when built. About a third of it is text, since Next.js
// repeats the text in the React payload it inlines, as it does in Parley's pages.
export const dynamic = "force-static";

const targetBytes = Number(process.env.BASELINE_BYTES ?? 100_000);

export default function Page() {
  const rows = [];
  for (let i = 0, size = 0; size < targetBytes / 2.9; i++) {
    const text = `Row ${i}: a position stated by a party on an issue, with its summary in a sentence or two.`;
    rows.push(
      <tr key={i}>
        <th scope="row">{i}</th>
        <td>{text}</td>
      </tr>,
    );
    size += text.length + 40;
  }
  return (
    <main>
      <h1>Prerendered baseline</h1>
      <table>
        <tbody>{rows}</tbody>
      </table>
    </main>
  );
}
