import torch
import torch.nn as nn
import torch.nn.functional as F


class Tied(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(8, 4)

    def forward(self, x):
        scores = x @ x.mT  # batched: the last two dimensions swap
        back = F.linear(self.proj(x), self.proj.weight.T)  # tied weights
        return scores, back, x.T


def not_tensors(frame, table):
    return frame.T, table.mT  # user objects: left as written

# output
from jittor import nn


class Tied(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(8, 4)

    def execute(self, x):
        scores = x @ x.transpose(-2, -1)  # batched: the last two dimensions swap
        back = nn.linear(self.proj(x), self.proj.weight.transpose())  # tied weights
        return scores, back, x.transpose()


def not_tensors(frame, table):
    return frame.T, table.mT  # user objects: left as written
