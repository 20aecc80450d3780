# api: torch.Tensor.view
import torch
class Seq:
    def __init__(self, items):
        self.items = items
    def view(self, *idx):
        return [self.items[i] for i in idx]
    def permute(self, order):
        return Seq([self.items[i] for i in order])
    def sum(self, start=0):
        return sum(self.items, start)
s = Seq([10, 20, 30])
v = s.view(2, 0)
p = s.permute([2, 1, 0]).items
tot = s.sum(5)
