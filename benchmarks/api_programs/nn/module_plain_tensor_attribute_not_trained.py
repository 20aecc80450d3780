# api: torch.nn.Module.parameters
import torch
import torch.nn as nn
class Scaled(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 1)
        self.offset = torch.tensor([0.5, -0.5])
    def forward(self, x):
        return self.fc(x + self.offset)
m = Scaled()
with torch.no_grad():
    m.fc.weight.copy_(torch.tensor([[1.0, 2.0]]))
    m.fc.bias.fill_(0.0)
opt = torch.optim.SGD(m.parameters(), lr=0.1)
loss = m(torch.tensor([[1.0, 1.0]])).pow(2).sum()
loss.backward()
opt.step()
offset = m.offset
weight = m.fc.weight.detach().clone()
n_groups_params = len(opt.param_groups[0]["params"])
