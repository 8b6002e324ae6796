-- The readers, as wrk runs them (bench/spike/readers.ts): each thread's connections ask for
-- the mix's paths in turn, compressed answers accepted as a browser's are, and at the end one
-- JSON line of results is printed (bench/lib/wrk-done.lua). The paths file (one per line) is
-- wrk's first argument after "--".
wrk.headers["Accept-Encoding"] = "br, gzip"

local requests = {}
local next_index = 1
local threads = 0

-- Runs once per thread, before it starts, in wrk's main state: numbers the thread, as the
-- global `thread_number` of the thread's own state.
function setup(thread)
  thread:set("thread_number", threads)
  threads = threads + 1
end

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then requests[#requests + 1] = wrk.format("GET", line) end
  end
  -- Each thread starts elsewhere in the mix, so they do not read the same page at once.
  next_index = (thread_number * 17) % #requests + 1
end

function request()
  local formatted = requests[next_index]
  next_index = next_index % #requests + 1
  return formatted
end

dofile("bench/lib/wrk-done.lua")
