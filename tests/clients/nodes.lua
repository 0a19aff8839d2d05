-- Prints the node ids of a client file, one a line, read from the file itself (not from
-- rapport), so tests/clients/graph.sh can check that `rapport graph` names every one. Every
-- global the file calls (scenario, ...) is stubbed as the identity: only the table matters.
-- usage: lua5.4 tests/clients/nodes.lua CLIENT.lua
setmetatable(_G, { __index = function() return function(t) return t end end })
local client = dofile(arg[1])
local ids = {}
for id in pairs(client.nodes) do ids[#ids + 1] = id end
table.sort(ids)
for _, id in ipairs(ids) do print(id) end
