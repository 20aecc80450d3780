"""PyTorch's 0-dim tensors on Jittor, which has none (runtime jittor_compat/_zero_dim.py): Vars of shape
[1] made where PyTorch makes a 0-dim tensor carry a mark, and stack, dim(), unsqueeze, tolist,
torch.tensor and type promotion read it. Proven by running both."""
import pytest
from parity import assert_same, run_both

pytestmark = pytest.mark.frameworks


def test_stacking_0dim_results_gives_one_dimension():
    """`torch.stack(losses)` is (n,) in PyTorch; Jittor's stack of shape-[1] Vars gave (n, 1)."""
    code = ("def f(x: torch.Tensor, v: torch.Tensor):\n"
            "    crit = torch.nn.MSELoss()\n"
            "    losses = [crit(x[i], torch.zeros(4)) * (i + 1) for i in range(3)]\n"
            "    s = x.sum()\n"
            "    return (torch.stack(losses), torch.stack(losses).mean(),\n"
            "            torch.stack([x.sum(), x.mean(), x.max(), x.min(), x.norm(), x.std(), x.var()]),\n"
            "            torch.stack([torch.sum(x), torch.mean(x), torch.amax(x), torch.argmax(x).float(), torch.prod(v)]),\n"
            "            torch.stack([v[0], v[2]]), torch.stack(list(v)), torch.stack([t for t in v], dim=-1),\n"
            "            torch.stack([x[1, 2], x[-1, 0]]), torch.stack([x.sum(dim=(0, 1)), v.sum(0), v.max(dim=0).values]),\n"
            "            torch.stack([s.detach(), s.clone(), -s, s * 2, 1 - s, s ** 2, s / s.abs(), torch.exp(s)]),\n"
            "            torch.stack([torch.dot(v, v), torch.trace(x[:, :3]), torch.dist(v, v + 1)]),\n"
            "            torch.stack([torch.nn.functional.cross_entropy(x, torch.tensor([0, 1, 2])),\n"
            "                         torch.nn.functional.l1_loss(v, v * 2, reduction='sum')]),\n"
            "            torch.stack([v[0:1], v[1:2]]), torch.stack([x.sum(0, keepdim=True), x.sum(0, keepdim=True)]))\n")
    both = run_both(code, ["f3,4", "p4"])
    assert_same(both.expected, both.actual, 1e-5, 1e-5)


def test_dim_unsqueeze_tolist_of_0dim_tensors():
    code = ("def f(x: torch.Tensor, v: torch.Tensor):\n"
            "    s = x.sum()\n"
            "    return (s.dim(), s.ndim, s.ndimension(), x.dim(), x[0].dim(), v[1:2].dim(), v[2].dim(),\n"
            "            s.unsqueeze(0), s.unsqueeze(-1), torch.unsqueeze(s, 0), v[1].unsqueeze(0).unsqueeze(0),\n"
            "            s.tolist(), v[1].tolist(), v[1:2].tolist(), v.tolist(),\n"
            "            torch.tensor(3.5).dim(), torch.zeros(()).dim(), torch.full((), 7).dim(), torch.ones([]).dim(),\n"
            "            torch.zeros_like(s).dim(), s.reshape(()).dim(), v[1:2].view([]), v[1:2].squeeze().dim(),\n"
            "            x[:1, :1].squeeze(), torch.zeros(1).dim(), torch.cat([s.unsqueeze(0), v[0].unsqueeze(0)]))\n")
    both = run_both(code, ["f3,4", "p4"])
    assert_same(both.expected, both.actual)


def test_tensor_of_0dim_tensors():
    code = ("def f(x: torch.Tensor, v: torch.Tensor):\n"
            "    s = torch.scalar_tensor(2.5)\n"
            "    return (torch.tensor([x.sum(), x.mean()]), torch.tensor([v[0], v[3], v[1]]), torch.tensor([[v[0], v[1]]]),\n"
            "            s.dim(), torch.stack([s, s]), torch.inner(s, v), torch.inner(v, s), torch.stack([torch.inner(v, v)] * 2))\n")
    both = run_both(code, ["f3,4", "p4"])
    assert_same(both.expected, both.actual)


def test_0dim_operand_does_not_widen_a_tensor_of_its_category():
    """float32 tensor * 0-dim float64 is float32, int64 + 0-dim int32 int64, float16 * 0-dim float32 float16;
    a 0-dim operand of a higher category decides (int64 * 0-dim float64 is float64); two 0-dim operands promote."""
    code = ("def f(x: torch.Tensor, n: torch.Tensor):\n"
            "    h = x.half()\n"
            "    d = torch.tensor(0.5, dtype=torch.float64)\n"
            "    i = torch.tensor(2, dtype=torch.int32)\n"
            "    return (x * d, d * x, x + d, n + i, i * n, h * torch.tensor(3.0), n * d, n * torch.tensor(0.5),\n"
            "            d * torch.tensor(1.0), x.sum() * d, x * x.sum().double(), torch.mul(x, d), x.add(d))\n")
    both = run_both(code, ["f3,4", "n3,4"])
    assert_same(both.expected, both.actual, 1e-3, 1e-3)


def test_indexing_and_numpy_of_0dim_tensors():
    """`s.numpy()` of a 0-dim tensor is a 0-dim array (Jittor's Var.numpy gives (1,))."""
    code = ("def f(x: torch.Tensor):\n"
            "    s = x.sum()\n"
            "    return (np.array([x[0].sum().detach().numpy(), x[1].mean().numpy()]), s[None], s[...], s[None].dim(),\n"
            "            s[...].dim(), s.numpy(), x[0].numpy(), x[0, 1].detach().cpu().numpy())\n")
    both = run_both(code, ["f3,4"])
    assert_same(both.expected, both.actual)


def test_0dim_integer_tensor_indexes_as_an_int():
    """`x[x.sum(1).argmax()]` is a row in PyTorch; Jittor's indexing by a one-element Var kept a dimension."""
    code = ("def f(x: torch.Tensor):\n"
            "    i = x.sum(1).argmax()\n"
            "    j = torch.tensor(1)\n"
            "    y = x.clone()\n"
            "    y[i] = 0.0\n"
            "    z = x.clone()\n"
            "    z[j, j] = -1.0\n"
            "    return x[i], x[:, j], x[i, j], x[torch.tensor(0)], x[0][x[0].argmin()], y, z, x[i].dim(), x[i, j].dim()\n")
    both = run_both(code, ["f3,4"])
    assert_same(both.expected, both.actual)
