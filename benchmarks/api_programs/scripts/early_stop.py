# api: torch.Tensor.item
import torch
torch.manual_seed(0)
m = torch.nn.Linear(1, 1)
with torch.no_grad():
    m.weight.fill_(0.0); m.bias.fill_(0.0)
opt = torch.optim.SGD(m.parameters(), lr=0.1)
x = torch.tensor([[1.0], [2.0]])
y = torch.tensor([[2.0], [4.0]])
steps = 0
while True:
    opt.zero_grad()
    loss = torch.nn.functional.mse_loss(m(x), y)
    if loss < 0.05 or steps >= 50:
        break
    loss.backward()
    opt.step()
    steps += 1
final = round(loss.item(), 4)
