-- GETs each line's path with its own token in turn ("path token" lines of the file given after --),
-- so the requests spread over every branch the file names
local targets = {}
local n = 0

function init(args)
  for line in io.lines(args[1]) do
    local path, token = line:match("^(%S+) (%S+)$")
    if path then
      targets[#targets + 1] = { path, token }
    end
  end
  n = math.random(#targets)
end

function request()
  n = n % #targets + 1
  local t = targets[n]
  return wrk.format("GET", t[1], { ["Authorization"] = "Bearer " .. t[2] })
end
