# api: torch.optim.LBFGS
import torch
x = torch.tensor([1.5, -0.5], requires_grad=True)
opt = torch.optim.LBFGS([x], lr=1, max_iter=10, line_search_fn="strong_wolfe")
def closure():
    opt.zero_grad()
    loss = (x[0] - 1) ** 2 + 3 * (x[1] + 2) ** 2
    loss.backward()
    return loss
opt.step(closure)
x_final = x.detach().clone()
