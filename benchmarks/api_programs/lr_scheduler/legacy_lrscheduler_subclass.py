# api: torch.optim.lr_scheduler._LRScheduler
import torch
from torch.optim.lr_scheduler import _LRScheduler


class Warmup(_LRScheduler):
    def __init__(self, optimizer, total):
        self.total = total
        super(Warmup, self).__init__(optimizer)

    def get_lr(self):
        return [base * (self.last_epoch + 1) / self.total for base in self.base_lrs]


w = torch.tensor([1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.4)
sched = Warmup(opt, total=5)
lrs = [opt.param_groups[0]["lr"]]
for _ in range(5):
    opt.step()
    sched.step()
    lrs.append(round(opt.param_groups[0]["lr"], 8))
