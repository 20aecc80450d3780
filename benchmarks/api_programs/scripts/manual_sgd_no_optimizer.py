# api: torch.Tensor.grad
import torch
w = torch.tensor([1.0, -1.0], requires_grad=True)
b = torch.tensor(0.5, requires_grad=True)
x = torch.tensor([[1.0, 2.0], [3.0, 4.0], [-1.0, 0.5]])
y = torch.tensor([1.0, 2.0, 0.0])
losses = []
for _ in range(5):
    loss = ((x @ w + b - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.05 * w.grad
        b -= 0.05 * b.grad
        w.grad.zero_()
        b.grad.zero_()
    losses.append(loss.item())
w_final, b_final = w.detach().clone(), b.detach().clone()
