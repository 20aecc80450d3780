"""torch.optim and its lr schedulers -> the helper module's classes (runtime/jittor_compat/optim.py),
which take PyTorch's arguments and defaults and step from the gradients the helper keeps per
parameter. `loss.backward()`, `p.grad` and `model.zero_grad()` are rules (rules/gradients.py)."""
from .schema import helper

_FLAGS = "foreach=None, maximize=False, capturable=False, differentiable=False, fused=None"
_SCHED = "torch.optim.lr_scheduler."

OPTIMIZERS = {
    "SGD": "params, lr=0.001, momentum=0, dampening=0, weight_decay=0, nesterov=False, *, maximize=False, "
           "foreach=None, differentiable=False, fused=None",
    "Adam": f"params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, amsgrad=False, *, {_FLAGS}, "
            "decoupled_weight_decay=False",
    "AdamW": f"params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0.01, amsgrad=False, *, {_FLAGS}",
    "RMSprop": "params, lr=0.01, alpha=0.99, eps=1e-08, weight_decay=0, momentum=0, centered=False, "
               "capturable=False, foreach=None, maximize=False, differentiable=False",
    "Adadelta": "params, lr=1.0, rho=0.9, eps=1e-06, weight_decay=0, foreach=None, *, capturable=False, "
                "maximize=False, differentiable=False",
    "Adagrad": "params, lr=0.01, lr_decay=0, weight_decay=0, initial_accumulator_value=0, eps=1e-10, "
               "foreach=None, *, maximize=False, differentiable=False, fused=None",
    "Adamax": "params, lr=0.002, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, foreach=None, *, "
              "maximize=False, differentiable=False, capturable=False",
    "NAdam": "params, lr=0.002, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, momentum_decay=0.004, "
             "decoupled_weight_decay=False, *, foreach=None, maximize=False, capturable=False, differentiable=False",
    "RAdam": "params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, decoupled_weight_decay=False, *, "
             "foreach=None, maximize=False, capturable=False, differentiable=False",
    "ASGD": "params, lr=0.01, lambd=0.0001, alpha=0.75, t0=1000000.0, weight_decay=0, foreach=None, "
            "maximize=False, differentiable=False, capturable=False",
    "Rprop": "params, lr=0.01, etas=(0.5, 1.2), step_sizes=(1e-06, 50), *, capturable=False, foreach=None, "
             "maximize=False, differentiable=False",
    "LBFGS": "params, lr=1, max_iter=20, max_eval=None, tolerance_grad=1e-07, tolerance_change=1e-09, "
             "history_size=100, line_search_fn=None, *, maximize=False",
    "Optimizer": "params, defaults",
}

SCHEDULERS = {
    "LRScheduler": "optimizer, last_epoch=-1",
    "_LRScheduler": "optimizer, last_epoch=-1",
    "LambdaLR": "optimizer, lr_lambda, last_epoch=-1",
    "MultiplicativeLR": "optimizer, lr_lambda, last_epoch=-1",
    "StepLR": "optimizer, step_size, gamma=0.1, last_epoch=-1",
    "MultiStepLR": "optimizer, milestones, gamma=0.1, last_epoch=-1",
    "ConstantLR": "optimizer, factor=0.3333333333333333, total_iters=5, last_epoch=-1",
    "LinearLR": "optimizer, start_factor=0.3333333333333333, end_factor=1.0, total_iters=5, last_epoch=-1",
    "ExponentialLR": "optimizer, gamma, last_epoch=-1",
    "PolynomialLR": "optimizer, total_iters=5, power=1.0, last_epoch=-1",
    "CosineAnnealingLR": "optimizer, T_max, eta_min=0.0, last_epoch=-1",
    "CosineAnnealingWarmRestarts": "optimizer, T_0, T_mult=1, eta_min=0.0, last_epoch=-1",
    "SequentialLR": "optimizer, schedulers, milestones, last_epoch=-1",
    "ChainedScheduler": "schedulers, optimizer=None",
    "ReduceLROnPlateau": "optimizer, mode='min', factor=0.1, patience=10, threshold=0.0001, threshold_mode='rel', "
                         "cooldown=0, min_lr=0, eps=1e-08",
    "CyclicLR": "optimizer, base_lr, max_lr, step_size_up=2000, step_size_down=None, mode='triangular', gamma=1.0, "
                "scale_fn=None, scale_mode='cycle', cycle_momentum=True, base_momentum=0.8, max_momentum=0.9, "
                "last_epoch=-1",
    "OneCycleLR": "optimizer, max_lr, total_steps=None, epochs=None, steps_per_epoch=None, pct_start=0.3, "
                  "anneal_strategy='cos', cycle_momentum=True, base_momentum=0.85, max_momentum=0.95, "
                  "div_factor=25.0, final_div_factor=10000.0, three_phase=False, last_epoch=-1",
}

ENTRIES = {
    **{f"torch.optim.{name}": helper(args, name) for name, args in OPTIMIZERS.items()},
    **{_SCHED + name: helper(args, name) for name, args in SCHEDULERS.items()},
}
