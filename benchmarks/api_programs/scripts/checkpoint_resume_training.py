# api: torch.optim.Optimizer.load_state_dict
import copy
import torch
m = torch.nn.Linear(2, 1)
with torch.no_grad():
    m.weight.copy_(torch.tensor([[0.5, -0.25]]))
    m.bias.fill_(0.1)
opt = torch.optim.AdamW(m.parameters(), lr=0.05)
x = torch.tensor([[1.0, 2.0], [3.0, -1.0]])
y = torch.tensor([[0.5], [1.0]])
for _ in range(3):
    opt.zero_grad()
    torch.nn.functional.mse_loss(m(x), y).backward()
    opt.step()
ckpt = {"model": copy.deepcopy(m.state_dict()), "opt": copy.deepcopy(opt.state_dict())}
m2 = torch.nn.Linear(2, 1)
m2.load_state_dict(ckpt["model"])
opt2 = torch.optim.AdamW(m2.parameters(), lr=0.05)
opt2.load_state_dict(ckpt["opt"])
for model, o in ((m, opt), (m2, opt2)):
    for _ in range(2):
        o.zero_grad()
        torch.nn.functional.mse_loss(model(x), y).backward()
        o.step()
w1, w2 = m.weight.detach().clone(), m2.weight.detach().clone()
