# api: torch.save
import torch, tempfile, os, copy
m = torch.nn.Linear(2, 1)
with torch.no_grad():
    m.weight.fill_(0.3); m.bias.fill_(0.1)
best_state = None
best_loss = float("inf")
x = torch.tensor([[1.0, 2.0]])
opt = torch.optim.SGD(m.parameters(), lr=0.1)
for epoch in range(3):
    opt.zero_grad()
    loss = (m(x) - 1).pow(2).sum()
    loss.backward()
    opt.step()
    if loss.item() < best_loss:
        best_loss = loss.item()
        best_state = copy.deepcopy(m.state_dict())
m.load_state_dict(best_state)
w = m.weight.detach()
_path = os.path.join(tempfile.mkdtemp(), "best.pt")
torch.save(best_state, _path)
loaded = torch.load(_path)
loaded_keys = sorted(loaded)
