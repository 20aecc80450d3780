# api: torch.rrelu
import torch
x = torch.tensor([-2.0, -1.0, 0.0, 1.0, 2.0])
evaluated = torch.rrelu(x)
custom = torch.rrelu(x, 0.1, 0.3)
trained = torch.rrelu(x, lower=0.1, upper=0.3, training=True)
slopes = trained[:2] / x[:2]
results = {
    "evaluated": evaluated,
    "custom": custom,
    "trained_shape": trained.shape,
    "trained_positive_kept": trained[3:],
    "trained_slopes_ok": bool(((slopes >= 0.1) & (slopes <= 0.3)).all()),
}
