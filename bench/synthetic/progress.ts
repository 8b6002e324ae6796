// A line per 10% of each table, with the rate so far, so a long load shows it is moving.
export function progress(table: string, total: number) {
  const started = performance.now();
  let done = 0;
  let nextReport = 0.1;
  return (added: number) => {
    done += added;
    const share = total ? done / total : 1;
    if (share + 1e-9 < nextReport && done < total) return;
    while (nextReport <= share + 1e-9) nextReport += 0.1;
    const seconds = (performance.now() - started) / 1000;
    const rate = Math.round(done / Math.max(seconds, 0.001));
    console.log(`  ${table.padEnd(18)} ${String(Math.round(share * 100)).padStart(3)}%  ${done.toLocaleString("en")} rows  ${rate.toLocaleString("en")} rows/s`);
  };
}
