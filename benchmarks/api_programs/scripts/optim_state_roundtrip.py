# api: torch.optim.Optimizer.state_dict
import torch, tempfile, os
torch.manual_seed(0)
m = torch.nn.Linear(2, 2)
with torch.no_grad():
    for _i, _p in enumerate(m.parameters()):
        _p.copy_(torch.linspace(-0.5, 0.5, _p.numel()).view_as(_p) * (_i + 1) / 2)
opt = torch.optim.Adam(m.parameters(), lr=0.1)
x = torch.tensor([[1.0, 2.0]])
opt.zero_grad(); m(x).sum().backward(); opt.step()
_path = os.path.join(tempfile.mkdtemp(), "s.pt")
torch.save({"m": m.state_dict(), "o": opt.state_dict()}, _path)
_state = torch.load(_path)
m2 = torch.nn.Linear(2, 2)
m2.load_state_dict(_state["m"])
opt2 = torch.optim.Adam(m2.parameters(), lr=0.1)
opt2.load_state_dict(_state["o"])
opt2.zero_grad(); m2(x).sum().backward(); opt2.step()
w = m2.weight.detach()
