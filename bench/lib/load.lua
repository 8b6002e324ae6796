-- One load measurement's requests, as bench/lib/load.ts runs wrk: the connections send the
-- requests of the file named after "--" in turn (each written out whole, as raw HTTP, and
-- ended by a NUL byte), and at the end one JSON line of results is printed.
local requests = {}
local next_index = 1

function init(args)
  local file = assert(io.open(args[1], "rb"))
  local text = file:read("*a")
  file:close()
  for raw in text:gmatch("([^%z]+)%z") do requests[#requests + 1] = raw end
end

function request()
  local raw = requests[next_index]
  next_index = next_index % #requests + 1
  return raw
end

function done(summary, latency, _)
  local ms = function(us) return math.floor(us / 100 + 0.5) / 10 end
  local errors = summary.errors
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"bytes":%d,"p50":%.1f,"p99":%.1f,' ..
    '"connect":%d,"read":%d,"write":%d,"timeout":%d,"status":%d}\n',
    summary.requests, summary.duration / 1e6, summary.bytes,
    ms(latency:percentile(50)), ms(latency:percentile(99)),
    errors.connect, errors.read, errors.write, errors.timeout, errors.status))
end
