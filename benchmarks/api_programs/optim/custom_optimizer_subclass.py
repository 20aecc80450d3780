# api: torch.optim.Optimizer
import torch


class SignSGD(torch.optim.Optimizer):
    def __init__(self, params, lr=0.01, momentum=0.9):
        super().__init__(params, dict(lr=lr, momentum=momentum))

    @torch.no_grad()
    def step(self, closure=None):
        for group in self.param_groups:
            for p in group["params"]:
                if p.grad is None:
                    continue
                state = self.state[p]
                if "buf" not in state:
                    state["buf"] = torch.zeros_like(p)
                buf = state["buf"]
                buf.mul_(group["momentum"]).add_(p.grad)
                p.add_(buf.sign(), alpha=-group["lr"])
        return None


w = torch.tensor([2.0, -1.0, 0.25], requires_grad=True)
opt = SignSGD([w], lr=0.1)
for _ in range(4):
    opt.zero_grad()
    ((w - 0.5) ** 2).sum().backward()
    opt.step()
w_final = w.detach().clone()
buf = opt.state[w]["buf"].clone()
