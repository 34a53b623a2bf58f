module.exports = {
  plugins: {
    'postcss-preset-mantine': {
      mixins: {
        // Off screen but still read out: words a narrow header has no room for (`@mixin
        // visually-hidden;` inside a media query, where Mantine's VisuallyHidden cannot go).
        'visually-hidden': {
          position: 'absolute',
          width: '1px',
          height: '1px',
          overflow: 'hidden',
          'clip-path': 'inset(50%)',
          'white-space': 'nowrap',
        },
      },
    },
    'postcss-simple-vars': {
      variables: {
        'mantine-breakpoint-xs': '36em',
        'mantine-breakpoint-sm': '48em',
        'mantine-breakpoint-md': '62em',
        'mantine-breakpoint-lg': '75em',
        'mantine-breakpoint-xl': '88em',
      },
    },
  },
};
