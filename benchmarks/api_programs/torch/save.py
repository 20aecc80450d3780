# api: torch.save
import os
import tempfile
import torch

weights = torch.arange(6.0).reshape(2, 3)
history = [torch.tensor([0.5, 0.25]), torch.tensor([1, 2, 3])]
with tempfile.TemporaryDirectory() as folder:
    torch.save(weights, os.path.join(folder, "weights.pt"))
    torch.save({"history": history, "epoch": 3}, os.path.join(folder, "state.pth"))
    restored = torch.load(os.path.join(folder, "weights.pt"))
    state = torch.load(os.path.join(folder, "state.pth"))
results = {"restored": restored, "history": state["history"], "epoch": state["epoch"]}
