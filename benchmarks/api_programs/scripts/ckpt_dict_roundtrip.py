# api: torch.load
import torch, tempfile, os
model = torch.nn.Linear(3, 2)
with torch.no_grad():
    for _i, _p in enumerate(model.parameters()):
        _p.copy_(torch.linspace(-0.5, 0.5, _p.numel()).view_as(_p) * (_i + 1) / 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
x = torch.ones(4, 3)
loss = model(x).pow(2).mean()
opt.zero_grad(); loss.backward(); opt.step()
_path = os.path.join(tempfile.mkdtemp(), "ckpt.pt")
torch.save({"model": model.state_dict(), "epoch": 2}, _path)
ckpt = torch.load(_path)
ckpt["epoch"] = 3
ckpt["note"] = "x"
epoch = ckpt["epoch"]
keys = sorted(ckpt.keys())
m2 = torch.nn.Linear(3, 2)
m2.load_state_dict(ckpt["model"])
same = torch.equal(m2.weight, model.weight)
out = m2(x)
