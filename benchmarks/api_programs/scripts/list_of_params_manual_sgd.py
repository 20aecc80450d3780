# api: torch.Tensor.grad
import torch
w = torch.tensor([[0.5, -0.5]], requires_grad=True)
b = torch.zeros(1, requires_grad=True)
params = [w, b]
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
y = torch.tensor([[1.0], [2.0]])
for _ in range(3):
    pred = x @ w.t() + b
    loss = ((pred - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        for p in params:
            p -= 0.01 * p.grad
            p.grad.zero_()
w_final = w.detach()
b_final = b.detach()
