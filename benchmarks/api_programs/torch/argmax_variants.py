# api: torch.argmax
import torch
x = torch.tensor([[1.0, 7.0, 3.0], [9.0, 2.0, 9.0]])
a = x.argmax()
b = x.argmax(dim=1)
c = torch.argmax(x, dim=0, keepdim=True)
d = x.argmin(-1)
pred = torch.tensor([[0.1, 0.9], [0.8, 0.2]]).argmax(1)
acc = (pred == torch.tensor([1, 1])).float().mean()
correct = pred.eq(torch.tensor([1, 1])).sum().item()
