# api: torch.inference_mode
import torch
model = torch.nn.Linear(2, 1)
with torch.no_grad():
    for _i, _p in enumerate(model.parameters()):
        _p.copy_(torch.linspace(-0.5, 0.5, _p.numel()).view_as(_p) * (_i + 1) / 2)
@torch.inference_mode()
def predict(x):
    return model(x)
out = predict(torch.ones(3, 2))
out_rg = out.requires_grad
out_shape = out.shape
@torch.no_grad()
def evaluate(xs):
    total = 0.0
    for x in xs:
        total += model(x).sum().item()
    return total
ev_type = type(evaluate([torch.ones(1, 2)])).__name__
