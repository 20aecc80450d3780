"""torch.utils.*: one module per torch.utils submodule."""
