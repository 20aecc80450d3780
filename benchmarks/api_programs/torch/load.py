# api: torch.load
import os
import tempfile
import torch

state = {"weight": torch.arange(6.0).reshape(2, 3), "steps": torch.tensor([1, 2, 3])}
with tempfile.TemporaryDirectory() as folder:
    checkpoint = os.path.join(folder, "checkpoint.pt")
    torch.save(state, checkpoint)
    loaded = torch.load(checkpoint)
results = {"weight": loaded["weight"], "steps": loaded["steps"], "keys": sorted(loaded.keys())}
