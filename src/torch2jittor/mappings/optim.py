"""torch.optim and its lr schedulers -> the helper module's classes, which take PyTorch's arguments
and defaults on Jittor's Optimizer. `loss.backward()` is a rule (tensor.py, torch.Tensor.backward)."""
from .schema import helper

_FLAGS = "foreach=None, maximize=False, capturable=False, differentiable=False, fused=None"

ENTRIES = {
    "torch.optim.SGD": helper(
        "params, lr=0.001, momentum=0, dampening=0, weight_decay=0, nesterov=False, *, maximize=False, "
        "foreach=None, differentiable=False, fused=None", "SGD"),
    "torch.optim.Adam": helper(
        f"params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, amsgrad=False, *, {_FLAGS}, "
        "decoupled_weight_decay=False", "Adam"),
    "torch.optim.AdamW": helper(
        f"params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0.01, amsgrad=False, *, {_FLAGS}", "AdamW"),
    "torch.optim.RMSprop": helper(
        "params, lr=0.01, alpha=0.99, eps=1e-08, weight_decay=0, momentum=0, centered=False, capturable=False, "
        "foreach=None, maximize=False, differentiable=False", "RMSprop"),
    "torch.optim.lr_scheduler.StepLR": helper("optimizer, step_size, gamma=0.1, last_epoch=-1", "StepLR"),
    "torch.optim.lr_scheduler.MultiStepLR": helper("optimizer, milestones, gamma=0.1, last_epoch=-1", "MultiStepLR"),
    "torch.optim.lr_scheduler.ExponentialLR": helper("optimizer, gamma, last_epoch=-1", "ExponentialLR"),
    "torch.optim.lr_scheduler.CosineAnnealingLR": helper(
        "optimizer, T_max, eta_min=0.0, last_epoch=-1", "CosineAnnealingLR"),
    "torch.optim.lr_scheduler.LambdaLR": helper("optimizer, lr_lambda, last_epoch=-1", "LambdaLR"),
}
