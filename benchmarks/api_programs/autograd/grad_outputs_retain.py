# api: torch.autograd.grad
import torch
w = torch.tensor([[1.0, -1.0], [0.5, 2.0]], requires_grad=True)
x = torch.tensor([3.0, 4.0])
out = w @ x
gw, = torch.autograd.grad(out, w, grad_outputs=torch.tensor([1.0, 0.5]), retain_graph=True)
gw_again = torch.autograd.grad(outputs=[out.sum()], inputs=[w])[0]
