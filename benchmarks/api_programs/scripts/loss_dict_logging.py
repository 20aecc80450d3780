# api: torch.Tensor.item
import torch
logs = {}
losses = {"mse": torch.tensor(0.5), "l1": torch.tensor([0.25])}
total = sum(losses.values())
for k, v in losses.items():
    logs[k] = v.item()
logs["total"] = float(total)
keys = sorted(logs)
line = " ".join(f"{k}={v:.3f}" for k, v in logs.items())
