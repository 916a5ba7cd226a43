import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './sections.js';

ruleTester(rule, examples);
