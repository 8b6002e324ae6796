-- One load measurement's requests, as bench/lib/load.ts runs wrk: the connections send the
-- requests of the file named after "--" in turn (each written out whole, as raw HTTP, and
-- ended by a NUL byte), and at the end one JSON line of results is printed (wrk-done.lua).
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

dofile("bench/lib/wrk-done.lua")
