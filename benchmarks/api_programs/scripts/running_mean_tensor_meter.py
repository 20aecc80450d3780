# api: torch.Tensor.add_
import torch
class AverageMeter:
    def __init__(self):
        self.sum = 0.0
        self.count = 0
    def update(self, val, n=1):
        self.sum += val * n
        self.count += n
    @property
    def avg(self):
        return self.sum / self.count
meter = AverageMeter()
for v in [torch.tensor(1.0), torch.tensor(3.0)]:
    meter.update(v.item(), n=2)
avg = meter.avg
tm = AverageMeter()
tm.update(torch.tensor([1.0, 2.0]))
tavg = tm.avg
