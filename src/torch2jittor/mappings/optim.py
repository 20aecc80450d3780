"""torch.optim, its lr schedulers, and gradient clipping -> the helper module's classes
(runtime/compat_optim.py), which take PyTorch's arguments and defaults on Jittor's Optimizer.
`loss.backward()` itself is a rule (rules/optimizer_backward.py)."""
from ._schema import entry, helper_entry

_T = "t2j"
_FLAGS = "foreach=None, maximize=False, capturable=False, differentiable=False, fused=None"




OPTIM = {
    "torch.optim.SGD": helper_entry(
        "params, lr=0.001, momentum=0, dampening=0, weight_decay=0, nesterov=False, *, maximize=False, "
        "foreach=None, differentiable=False, fused=None", "SGD"),
    "torch.optim.Adam": helper_entry(
        f"params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, amsgrad=False, *, {_FLAGS}, "
        "decoupled_weight_decay=False", "Adam"),
    "torch.optim.AdamW": helper_entry(
        f"params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0.01, amsgrad=False, *, {_FLAGS}", "AdamW"),
    "torch.optim.RMSprop": helper_entry(
        "params, lr=0.01, alpha=0.99, eps=1e-08, weight_decay=0, momentum=0, centered=False, capturable=False, "
        "foreach=None, maximize=False, differentiable=False", "RMSprop"),
    "torch.optim.lr_scheduler.StepLR": helper_entry("optimizer, step_size, gamma=0.1, last_epoch=-1", "StepLR"),
    "torch.optim.lr_scheduler.MultiStepLR": helper_entry("optimizer, milestones, gamma=0.1, last_epoch=-1", "MultiStepLR"),
    "torch.optim.lr_scheduler.ExponentialLR": helper_entry("optimizer, gamma, last_epoch=-1", "ExponentialLR"),
    "torch.optim.lr_scheduler.CosineAnnealingLR": helper_entry(
        "optimizer, T_max, eta_min=0.0, last_epoch=-1", "CosineAnnealingLR"),
    "torch.optim.lr_scheduler.LambdaLR": helper_entry("optimizer, lr_lambda, last_epoch=-1", "LambdaLR"),
    "torch.nn.utils.clip_grad_norm_": entry(
        "parameters, max_norm, norm_type=2.0, error_if_nonfinite=False, foreach=None", _T, "clip_grad_norm_",
        "optimizer, max_norm, norm_type=2.0, error_if_nonfinite=False, foreach=None",
        links={"parameters": "optimizer"}, rule="clip_grad_with_optimizer"),
    "Tensor.backward": entry("gradient=None, retain_graph=None, create_graph=False, inputs=None", "", "backward",
                             "loss, retain_graph=False", rule="backward_via_optimizer"),
}
