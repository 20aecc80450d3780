import torch


class Dataset:
    def __init__(self, data, labels):
        self.data = data
        self.labels = labels

    def __getitem__(self, index):
        self.data[index] = self.data[index]
        return torch.as_tensor(self.data[index]), self.labels[index]

    def __len__(self):
        return len(self.data)


class Record:
    def __init__(self):
        self.data = {"a": [1]}

    def update(self, response):
        self.data["a"].append(response.data)
        self.data = response.data
        return self.data.copy()


class Clamped(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.data = torch.nn.Parameter(torch.zeros(3))  # the module's own tensor named `data`

    def forward(self, x):
        self.data.clamp_(0, 1)
        return x + self.data

# output
from jittor import nn
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j


class Dataset:
    def __init__(self, data, labels):
        self.data = data
        self.labels = labels

    def __getitem__(self, index):
        self.data[index] = self.data[index]
        return t2j.as_tensor(self.data[index]), self.labels[index]

    def __len__(self):
        return len(self.data)


class Record:
    def __init__(self):
        self.data = {"a": [1]}

    def update(self, response):
        self.data["a"].append(response.data)
        self.data = response.data
        return self.data.copy()


class Clamped(nn.Module):
    def __init__(self):
        super().__init__()
        self.data = t2j.Parameter(t2j.zeros(3))  # the module's own tensor named `data`

    def execute(self, x):
        self.data.clamp_(0, 1)
        return x + self.data
