# api: torch.optim.lr_scheduler.LRScheduler
import torch


class HalfEvery(torch.optim.lr_scheduler.LRScheduler):
    def __init__(self, optimizer, every, last_epoch=-1):
        self.every = every
        super().__init__(optimizer, last_epoch)

    def get_lr(self):
        return [base * 0.5 ** (self.last_epoch // self.every) for base in self.base_lrs]


w = torch.tensor([1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.8)
sched = HalfEvery(opt, every=3)
lrs = []
for _ in range(10):
    opt.step()
    sched.step()
    lrs.append(sched.get_last_lr()[0])
