# api: torch.nn.Module.named_modules
import torch
import torch.nn as nn
class Inner(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 2, 3)
        self.bn = nn.BatchNorm2d(2)
class Outer(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = Inner()
        self.blocks = nn.ModuleList([Inner(), Inner()])
        self.head = nn.Linear(2, 1)
m = Outer()
module_names = [n for n, _ in m.named_modules()]
child_names = [n for n, _ in m.named_children()]
prefixed = [n for n, _ in m.named_parameters(prefix="model")]
buffers = [n for n, _ in m.named_buffers()]
n_children = len(list(m.children()))
