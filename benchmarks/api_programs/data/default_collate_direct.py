# api: torch.utils.data.default_collate
import numpy as np
import torch
from torch.utils.data import default_collate
ints = default_collate([1, 2, 3])
floats = default_collate([1.0, 2.5])
bools = default_collate([True, False])
tuples = default_collate([(torch.tensor([1.0]), 2), (torch.tensor([3.0]), 4)])
dicts = default_collate([{"a": torch.zeros(2), "b": np.int64(3)}, {"a": torch.ones(2), "b": np.int64(5)}])
strings = default_collate(["x", "y"])
nested = default_collate([[1, 2], [3, 4], [5, 6]])
