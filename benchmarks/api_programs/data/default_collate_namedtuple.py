# api: torch.utils.data.default_collate
import collections
import torch
from torch.utils.data import default_collate
Point = collections.namedtuple("Point", ["x", "y"])
batch = default_collate([Point(torch.tensor([1.0, 2.0]), 1), Point(torch.tensor([3.0, 4.0]), 2)])
bx = batch.x
by = batch.y
