# api: torch.Tensor.backward
import torch
lin = torch.nn.Linear(2, 1)
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[0.3, -0.2]]))
    lin.bias.fill_(0.1)
opt = torch.optim.SGD(lin.parameters(), lr=0.1)
xs = torch.linspace(-1, 1, 16).view(8, 2)
ys = xs[:, :1] * 2 - xs[:, 1:]
accum = 4
grads = []
opt.zero_grad()
for i in range(8):
    loss = (lin(xs[i:i + 1]) - ys[i:i + 1]).pow(2).mean() / accum
    loss.backward()
    if (i + 1) % accum == 0:
        grads.append(lin.weight.grad.clone())
        opt.step()
        opt.zero_grad()
weight = lin.weight.detach().clone()
bias = lin.bias.detach().clone()
