-- wrk's `done` for every Lua script of the benchmarks (bench/lib/load.lua,
-- bench/spike/readers.lua): one JSON line of results, which bench/lib/wrk.ts reads. Loaded
-- with `dofile`, whose path is from the repository's root, where the benchmarks run wrk.
function done(summary, latency, _)
  local ms = function(us) return math.floor(us / 100 + 0.5) / 10 end
  local errors = summary.errors
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"bytes":%d,"p50":%.1f,"p95":%.1f,"p99":%.1f,"max":%.1f,' ..
    '"connect":%d,"read":%d,"write":%d,"timeout":%d,"status":%d}\n',
    summary.requests, summary.duration / 1e6, summary.bytes,
    ms(latency:percentile(50)), ms(latency:percentile(95)), ms(latency:percentile(99)), ms(latency.max),
    errors.connect, errors.read, errors.write, errors.timeout, errors.status))
end
