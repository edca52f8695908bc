-- wrk script for the catalog search benchmark: a mix of queries (text in Chinese and English,
-- category, price range, personal data, pages), each connection pacing itself with delay() so that
-- the whole run offers a steady rate (wrk -c C: C connections x 1000/DELAY_MS requests a second).
-- TOKENS: comma-separated access tokens of several buyer clients, used in turn (each client keeps
-- within the per-client rate limit of 100 requests a second).
local tokens = {}
for t in string.gmatch(os.getenv("TOKENS") or os.getenv("TOKEN") or "", "[^,]+") do
  tokens[#tokens + 1] = t
end
local counter = 0
local delay_ms = tonumber(os.getenv("DELAY_MS") or "100")
local cn = {"深圳", "气象", "交通", "轨迹", "信用", "金融", "医疗", "零售", "能源", "停车", "地铁", "保险"}
local en = {"hourly", "traffic", "weather", "credit", "risk", "retail", "energy", "parking", "transit", "housing"}
local categories = {"weather", "transport", "finance", "health", "retail", "energy", "tourism", "insurance"}

local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

math.randomseed(42)

request = function()
  local kind = math.random(6)
  local q
  if kind == 1 then
    q = "q=" .. urlencode(cn[math.random(#cn)])
  elseif kind == 2 then
    q = "q=" .. urlencode(en[math.random(#en)] .. " " .. en[math.random(#en)])
  elseif kind == 3 then
    q = "category=" .. categories[math.random(#categories)] .. "&minPriceFen=" .. math.random(1000, 100000)
  elseif kind == 4 then
    q = "q=" .. urlencode(cn[math.random(#cn)]) .. "&personalData=" .. (math.random(2) == 1 and "true" or "false")
  elseif kind == 5 then
    q = "minPriceFen=" .. math.random(100, 5000000) .. "&maxPriceFen=" .. math.random(5000000, 10000000)
  else
    q = "q=" .. urlencode(cn[math.random(#cn)] .. en[math.random(#en)]) .. "&category=" .. categories[math.random(#categories)]
  end
  q = q .. "&page=" .. (math.random(5) - 1) .. "&size=20"
  counter = counter + 1
  local token = tokens[(counter % #tokens) + 1]
  return wrk.format("GET", "/api/v1/catalog?" .. q, {["Authorization"] = "Bearer " .. token})
end

delay = function()
  return delay_ms
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d in %.1f s = %.1f/s; non-2xx %d\n", summary.requests, summary.duration / 1e6,
    summary.requests / (summary.duration / 1e6), summary.errors.status))
  for _, p in pairs({50, 90, 99, 99.9}) do
    io.write(string.format("p%s %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
