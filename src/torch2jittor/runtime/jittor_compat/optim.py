"""torch.optim: PyTorch's optimizers and schedulers on Jittor's Optimizer machinery.

Jittor computes gradients through the optimizer (`optimizer.backward(loss)`, then `step()`);
the converter rewrites `loss.backward()` to that. These classes take PyTorch's arguments and
defaults (AdamW's weight_decay is 0.01; Jittor's 0), keep every hyperparameter in each param
group as PyTorch does (`optimizer.param_groups[0]["lr"]`), count steps per step() (Jittor
counts backward() calls, which breaks Adam's bias correction under gradient accumulation) and
follow PyTorch's update formulas exactly (Jittor's Adam adds eps before the bias correction).
"""
from __future__ import annotations

import math

import jittor as jt


def _refuse(name, **flags):
    for flag, value in flags.items():
        if value:
            raise NotImplementedError(f"torch2jittor: {name}({flag}={value!r}) has no Jittor implementation here")


def _zeros_like_params(group, key):
    group[key] = [jt.zeros(p.shape, p.dtype).stop_grad() for p in group["params"]]


class _TorchOptimizer(jt.optim.Optimizer):
    """jittor.optim.Optimizer with PyTorch's param groups, defaults and step counting."""

    def _op_setup(self, params, defaults):
        params = list(params)
        if not params:
            raise ValueError("optimizer got an empty parameter list")
        jt.optim.Optimizer.__init__(self, params, defaults["lr"])
        self.torch_defaults = dict(defaults)
        for group in self.param_groups:
            for key, value in defaults.items():
                group.setdefault(key, value)
            group["params"] = list(group["params"])
            group.setdefault("initial_lr", group["lr"])
            self._op_init_group(group)
        self.state_steps = 0

    def add_param_group(self, group):
        group = dict(group)
        group["params"] = list(group["params"])
        for key, value in self.torch_defaults.items():
            group.setdefault(key, value)
        self.param_groups.append(group)
        self._op_init_group(group)

    def zero_grad(self, set_to_none=True):
        jt.optim.Optimizer.zero_grad(self)

    def _op_trainable(self, group):
        """(parameter, gradient, index) of the group's parameters that got gradients."""
        grads = group.get("grads")
        if grads is None:
            return []
        return [(p, g, i) for i, (p, g) in enumerate(zip(group["params"], grads)) if not p.is_stop_grad()]

    def step(self, loss=None, retain_graph=False):
        self.pre_step(loss, retain_graph)
        self.state_steps += 1
        for group in self.param_groups:
            self._op_update(group, self.state_steps)
        self.post_step()


class SGD(_TorchOptimizer):
    def __init__(self, params, lr=0.001, momentum=0, dampening=0, weight_decay=0, nesterov=False, *,
                 maximize=False, foreach=None, differentiable=False, fused=None):
        _refuse("SGD", maximize=maximize)
        if nesterov and (momentum <= 0 or dampening != 0):
            raise ValueError("Nesterov momentum requires a momentum and zero dampening")
        self._op_setup(params, dict(lr=lr, momentum=momentum, dampening=dampening,
                                    weight_decay=weight_decay, nesterov=nesterov))

    def _op_init_group(self, group):
        group["momentum_buffer"] = [None] * len(group["params"])

    def _op_update(self, group, step):
        lr, momentum, dampening = group["lr"], group["momentum"], group["dampening"]
        weight_decay, nesterov = group["weight_decay"], group["nesterov"]
        buffers = group["momentum_buffer"]
        for p, g, i in self._op_trainable(group):
            d_p = g + p * weight_decay if weight_decay else g
            if momentum:
                if buffers[i] is None:  # PyTorch: the first buffer is the gradient itself
                    buffers[i] = d_p.clone().stop_grad()
                else:
                    buffers[i].update(buffers[i] * momentum + d_p * (1 - dampening))
                d_p = d_p + buffers[i] * momentum if nesterov else buffers[i]
            p.update(p - d_p * lr)


class Adam(_TorchOptimizer):
    decoupled_weight_decay = False

    def __init__(self, params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, amsgrad=False, *,
                 foreach=None, maximize=False, capturable=False, differentiable=False, fused=None,
                 decoupled_weight_decay=False):
        _refuse(type(self).__name__, maximize=maximize)
        self.decoupled_weight_decay = self.decoupled_weight_decay or decoupled_weight_decay
        self._op_setup(params, dict(lr=lr, betas=tuple(betas), eps=eps, weight_decay=weight_decay,
                                    amsgrad=amsgrad))

    def _op_init_group(self, group):
        _zeros_like_params(group, "exp_avg")
        _zeros_like_params(group, "exp_avg_sq")
        _zeros_like_params(group, "max_exp_avg_sq")

    def _op_update(self, group, step):
        lr, (beta1, beta2), eps = group["lr"], group["betas"], group["eps"]
        weight_decay, amsgrad = group["weight_decay"], group["amsgrad"]
        bias_correction1 = 1 - beta1 ** step
        bias_correction2_sqrt = math.sqrt(1 - beta2 ** step)
        for p, g, i in self._op_trainable(group):
            if weight_decay and self.decoupled_weight_decay:
                p.update(p * (1 - lr * weight_decay))
            elif weight_decay:
                g = g + p * weight_decay
            exp_avg, exp_avg_sq = group["exp_avg"][i], group["exp_avg_sq"][i]
            exp_avg.update(exp_avg * beta1 + g * (1 - beta1))
            exp_avg_sq.update(exp_avg_sq * beta2 + g * g * (1 - beta2))
            second = exp_avg_sq
            if amsgrad:
                top = group["max_exp_avg_sq"][i]
                top.update(jt.maximum(top, exp_avg_sq))
                second = top
            denom = second.sqrt() / bias_correction2_sqrt + eps
            p.update(p - exp_avg / denom * (lr / bias_correction1))


class AdamW(Adam):
    decoupled_weight_decay = True

    def __init__(self, params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0.01, amsgrad=False, *,
                 maximize=False, foreach=None, capturable=False, differentiable=False, fused=None):
        Adam.__init__(self, params, lr, betas, eps, weight_decay, amsgrad, maximize=maximize)


class RMSprop(_TorchOptimizer):
    def __init__(self, params, lr=0.01, alpha=0.99, eps=1e-08, weight_decay=0, momentum=0, centered=False,
                 capturable=False, foreach=None, maximize=False, differentiable=False):
        _refuse("RMSprop", maximize=maximize)
        self._op_setup(params, dict(lr=lr, alpha=alpha, eps=eps, weight_decay=weight_decay,
                                    momentum=momentum, centered=centered))

    def _op_init_group(self, group):
        _zeros_like_params(group, "square_avg")
        _zeros_like_params(group, "grad_avg")
        _zeros_like_params(group, "momentum_buffer")

    def _op_update(self, group, step):
        lr, alpha, eps = group["lr"], group["alpha"], group["eps"]
        weight_decay, momentum, centered = group["weight_decay"], group["momentum"], group["centered"]
        for p, g, i in self._op_trainable(group):
            if weight_decay:
                g = g + p * weight_decay
            square_avg = group["square_avg"][i]
            square_avg.update(square_avg * alpha + g * g * (1 - alpha))
            if centered:
                grad_avg = group["grad_avg"][i]
                grad_avg.update(grad_avg * alpha + g * (1 - alpha))
                avg = (square_avg - grad_avg * grad_avg).sqrt() + eps
            else:
                avg = square_avg.sqrt() + eps
            if momentum > 0:
                buf = group["momentum_buffer"][i]
                buf.update(buf * momentum + g / avg)
                p.update(p - buf * lr)
            else:
                p.update(p - g / avg * lr)


# --- torch.optim.lr_scheduler: PyTorch's closed forms, on param_groups[i]["lr"] ----------------
class _LRScheduler:
    def __init__(self, optimizer, last_epoch=-1):
        self.optimizer = optimizer
        for group in optimizer.param_groups:
            group.setdefault("initial_lr", group["lr"])
        self.base_lrs = [group["initial_lr"] for group in optimizer.param_groups]
        self.last_epoch = last_epoch
        self.step()

    def get_lr(self):
        return [self._lr(base, self.last_epoch) for base in self.base_lrs]

    def get_last_lr(self):
        return list(self._last_lr)

    def step(self, epoch=None):
        self.last_epoch = self.last_epoch + 1 if epoch is None else epoch
        self._last_lr = self.get_lr()
        for group, lr in zip(self.optimizer.param_groups, self._last_lr):
            group["lr"] = lr

    def state_dict(self):
        return {k: v for k, v in self.__dict__.items() if k != "optimizer"}

    def load_state_dict(self, state):
        self.__dict__.update(state)


class StepLR(_LRScheduler):
    def __init__(self, optimizer, step_size, gamma=0.1, last_epoch=-1):
        self.step_size, self.gamma = step_size, gamma
        super().__init__(optimizer, last_epoch)

    def _lr(self, base, epoch):
        return base * self.gamma ** (epoch // self.step_size)


class MultiStepLR(_LRScheduler):
    def __init__(self, optimizer, milestones, gamma=0.1, last_epoch=-1):
        self.milestones, self.gamma = sorted(milestones), gamma
        super().__init__(optimizer, last_epoch)

    def _lr(self, base, epoch):
        import bisect

        return base * self.gamma ** bisect.bisect_right(self.milestones, epoch)


class ExponentialLR(_LRScheduler):
    def __init__(self, optimizer, gamma, last_epoch=-1):
        self.gamma = gamma
        super().__init__(optimizer, last_epoch)

    def _lr(self, base, epoch):
        return base * self.gamma ** epoch


class CosineAnnealingLR(_LRScheduler):
    def __init__(self, optimizer, T_max, eta_min=0.0, last_epoch=-1):
        self.T_max, self.eta_min = T_max, eta_min
        super().__init__(optimizer, last_epoch)

    def _lr(self, base, epoch):
        return self.eta_min + (base - self.eta_min) * (1 + math.cos(math.pi * epoch / self.T_max)) / 2


class LambdaLR(_LRScheduler):
    def __init__(self, optimizer, lr_lambda, last_epoch=-1):
        n = len(optimizer.param_groups)
        self.lr_lambdas = list(lr_lambda) if isinstance(lr_lambda, (list, tuple)) else [lr_lambda] * n
        super().__init__(optimizer, last_epoch)

    def get_lr(self):
        return [base * fn(self.last_epoch) for base, fn in zip(self.base_lrs, self.lr_lambdas)]


def clip_grad_norm_(optimizer, max_norm, norm_type=2.0, error_if_nonfinite=False, foreach=None):
    """`torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm)` after `loss.backward()`:
    Jittor's gradients live in the optimizer, so the converter passes the optimizer here.
    Returns the total norm, as PyTorch does."""
    grads = [g for group in optimizer.param_groups for p, g, _ in optimizer._op_trainable(group)]
    if not grads:
        return jt.zeros((1,))
    if norm_type == float("inf"):
        total = jt.stack([g.abs().max() for g in grads]).max()
    else:
        total = jt.stack([(g.abs() ** norm_type).sum() for g in grads]).sum() ** (1.0 / norm_type)
    coef = (max_norm / (total + 1e-6)).clamp(max_v=1.0)
    for g in grads:
        g.update(g * coef)
    return total
