# api: torch.nn.BCEWithLogitsLoss
import torch
m = torch.nn.Linear(2, 1)
with torch.no_grad():
    m.weight.zero_(); m.bias.zero_()
crit = torch.nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.0]))
opt = torch.optim.Adam(m.parameters(), lr=0.1)
x = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
y = torch.tensor([[1.0], [0.0], [1.0]])
for _ in range(3):
    opt.zero_grad()
    loss = crit(m(x), y)
    loss.backward()
    opt.step()
probs = torch.sigmoid(m(x)).detach()
pred = (probs > 0.5).long().squeeze(1)
