# api: torch.autograd.gradcheck
import torch
x = torch.tensor([[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]], dtype=torch.float64, requires_grad=True)
w = torch.tensor([[1.0, 0.5], [-0.5, 2.0], [0.3, -1.2]], dtype=torch.float64, requires_grad=True)
ok = torch.autograd.gradcheck(lambda a, b: torch.tanh(a @ b), (x, w))
broken = torch.autograd.gradcheck(lambda a: a.detach() * a, (x,), raise_exception=False)
