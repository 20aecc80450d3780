"""Transformer layers (torch/nn/modules/transformer.py): PyTorch's math path; its eval/no-grad
nested-tensor path, which returns 0 at padded positions of TransformerEncoder, is reproduced
under jt.no_grad."""
from ..schema import entry, layer

# PyTorch's default activation is the function F.relu; the helpers take "relu"/"gelu" or a callable.
_TLAYER = ("d_model, nhead, dim_feedforward=2048, dropout=0.1, activation=relu, layer_norm_eps=1e-05,"
           " batch_first=False, norm_first=False, bias=True")
_TRANSFORMER = ("d_model=512, nhead=8, num_encoder_layers=6, num_decoder_layers=6, dim_feedforward=2048, dropout=0.1,"
                " activation=relu, custom_encoder=None, custom_decoder=None, layer_norm_eps=1e-05, batch_first=False,"
                " norm_first=False, bias=True")


def _string_activation(args: str) -> str:
    return args.replace("activation=relu", "activation='relu'")


ENTRIES = {
    "torch.nn.TransformerEncoderLayer": layer(_TLAYER + ", device=None, dtype=None", "TransformerEncoderLayer",
                                              _string_activation(_TLAYER)),
    "torch.nn.TransformerDecoderLayer": layer(_TLAYER + ", device=None, dtype=None", "TransformerDecoderLayer",
                                              _string_activation(_TLAYER)),
    "torch.nn.TransformerEncoder": layer("encoder_layer, num_layers, norm=None, enable_nested_tensor=True,"
                                         " mask_check=True", "TransformerEncoder"),
    "torch.nn.TransformerDecoder": layer("decoder_layer, num_layers, norm=None", "TransformerDecoder"),
    "torch.nn.Transformer": layer(_TRANSFORMER + ", device=None, dtype=None", "Transformer",
                                  _string_activation(_TRANSFORMER)),
    "torch.nn.Transformer.generate_square_subsequent_mask": entry(
        "sz, device=None, dtype=None", "t2j", "Transformer.generate_square_subsequent_mask", "sz, dtype=None",
        delete=["device"],
    ),
}
