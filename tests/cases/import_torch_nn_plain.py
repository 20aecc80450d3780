import torch.nn


class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.pool = torch.nn.MaxPool2d(2)
        self.conv = torch.nn.Conv2d(3, 8, 3)

# output
from jittor import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.pool = nn.Pool(2, op='maximum')
        self.conv = nn.Conv(3, 8, 3)
