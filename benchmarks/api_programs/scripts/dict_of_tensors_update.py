# api: torch.Tensor.add_
import torch
stats = {"sum": torch.zeros(2), "n": 0}
for v in [torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0])]:
    stats["sum"] += v
    stats["n"] += 1
mean = stats["sum"] / stats["n"]
n = stats["n"]
meters = {}
meters["loss"] = meters.get("loss", 0.0) + 1.5
loss_meter = meters["loss"]
