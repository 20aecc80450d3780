# api: torch.optim.Optimizer.defaults
import torch
w = torch.tensor([1.0], requires_grad=True)
opt = torch.optim.RMSprop([w], lr=0.02, alpha=0.8)
lr_default = opt.defaults["lr"]
alpha_default = opt.defaults["alpha"]
eps_default = opt.defaults["eps"]
centered_default = opt.defaults["centered"]
