# api: torch.Tensor.size
import torch
class Box:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def size(self):
        return self.w * self.h
    def view(self, scale):
        return Box(self.w * scale, self.h * scale)
    def float(self):
        return float(self.w) / self.h
b = Box(3, 4)
area = b.size()
big = b.view(2).size()
ratio = b.float()
t = torch.zeros(2, 5)
n = t.size(1) + area
